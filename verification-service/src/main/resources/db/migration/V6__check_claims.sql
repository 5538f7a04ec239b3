-- Which instance of verification-service asks a check's registry now, and until when (issue 15):
-- with several instances each re-check round claims the checks it asks (FOR UPDATE SKIP LOCKED,
-- then a lease), so no two instances ask the same registry about the same check at once. The claim
-- of an instance that died mid-ask expires with its lease and another instance asks again.
alter table verification_check add column claimed_by varchar(100);
alter table verification_check add column claimed_until timestamptz;

create index verification_check_claimable on verification_check (claimed_until)
    where status in ('PENDING', 'UNAVAILABLE');
