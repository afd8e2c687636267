set(STAGE_SOURCES statement_extractor.cpp quote_scanner.cpp cue_lexicon.cpp)
