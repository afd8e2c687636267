set(STAGE_SOURCES utf8.cpp segmenter.cpp sentence_rules.cpp tokenizer.cpp)
