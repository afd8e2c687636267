set(STAGE_SOURCES article_json_fields.cpp article_reader.cpp publication_date.cpp)
