-- The lessons library on H2 (demo and tests) searches each word with lower(...) like, newest
-- first; this index serves that order. (PostgreSQL has full-text search: db/vendor/postgresql.)
create index ix_lesson_published on lesson (status, published_at);
