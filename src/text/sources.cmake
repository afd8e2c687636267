set(STAGE_SOURCES utf8.cpp segmenter.cpp sentence_rules.cpp tokenizer.cpp json_line_writer.cpp)
