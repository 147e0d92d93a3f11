-- Full-text search of the lessons library on PostgreSQL: a stored tsvector of the lesson's text,
-- tags and category (English stemming), with a GIN index. LessonLibrary queries it with
-- plainto_tsquery and ranks by ts_rank. (H2 searches by words instead: db/vendor/h2.)
alter table lesson add column search_vector tsvector generated always as (
  to_tsvector('english', coalesce(went_well, '') || ' ' || coalesce(went_badly, '') || ' '
    || coalesce(recommendations, '') || ' ' || coalesce(tags, '') || ' ' || category)) stored;

create index ix_lesson_search on lesson using gin (search_vector);
