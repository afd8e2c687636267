set(STAGE_SOURCES article_reader.cpp publication_date.cpp)
