set(STAGE_SOURCES statement.cpp)
