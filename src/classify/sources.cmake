set(STAGE_SOURCES statement_classifier.cpp)
