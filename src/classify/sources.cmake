set(STAGE_SOURCES statement_classifier.cpp word_tokenizer.cpp topic_lexicon.cpp phrase_pattern.cpp phrase_index.cpp topic_model.cpp stance_reader.cpp)
