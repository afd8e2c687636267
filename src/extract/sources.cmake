set(STAGE_SOURCES statement_extractor.cpp)
