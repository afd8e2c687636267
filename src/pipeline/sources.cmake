set(STAGE_SOURCES article_analyser.cpp extract_json.cpp)
