-- A refusal's or a non-acceptance's explanation written by the service is kept in Kazakh, Russian
-- and English (issue 14): {"kk": .., "ru": .., "en": ..}. The reason column keeps one text as
-- before (an officer's own words, or the English of an automatic explanation); cases decided before
-- have no explanation and read their reason in every language. A hearing's explanation travels in
-- its jsonb (review_case.hearing) and needs no column.
alter table review_case
    add column explanation jsonb;
