-- What a failed check found, for the applicant (issue 14): the finding's code and its text in
-- Kazakh, Russian and English, written when the outcome is kept and sent in VerificationCompleted.
-- Checks stored before keep them null: their event names no finding, and permit-service explains
-- such a check by its kind alone. The English reason stays the evidence for officers.
alter table verification_check
    add column finding        varchar(40),
    add column explanation_kk text,
    add column explanation_ru text,
    add column explanation_en text;
