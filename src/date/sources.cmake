set(STAGE_SOURCES statement_dater.cpp)
