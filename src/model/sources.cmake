set(STAGE_SOURCES statement.cpp statement_sentences.cpp)
