-- Who signs (issue 13): an officer's own NCA certificate when an officer decides, the authority's
-- organisation certificate (its electronic seal) for an automatic result; every document also
-- carries the seal's JWS, whose x5c header chains to the NCA root.

-- The authority's seal: a key permit-service made, certified by the NCA for the Committee's BIN.
-- The private key rests only inside `keystore`, a PKCS#12 encrypted with cites.signing.key-password
-- (PBES2, AES-256); the chain is public and kept in clear for x5c and the JWKS. Exactly one is
-- active; a retired seal loses its key (keystore null) but keeps its chain, so what it signed stays
-- verifiable.
create table authority_seal (
    id                 uuid         primary key,
    bin                varchar(12)  not null,
    keystore           bytea,                      -- null once retired
    certificate_chain  text         not null,      -- PEM, leaf first, ending with the NCA root
    certificate_serial varchar(64)  not null,      -- hex, as the NCA prints it; the JWS kid
    not_after          timestamptz  not null,
    active             boolean      not null,
    created_at         timestamptz  not null,
    retired_at         timestamptz
);

-- Two instances racing to make the first seal end with one.
create unique index authority_seal_one_active on authority_seal ((true)) where active;

-- The detached CMS of each signed document (over the same canonical bytes as its JWS payload) and
-- who signed it, as the signer's certificate says. One per document: the permit of an application,
-- its refusal. The JWS itself stays with the permit (permit.document) and the case
-- (review_case.refusal_document).
create table document_signature (
    id                 uuid         primary key,
    application_id     uuid         not null,
    document_type      varchar(40)  not null,      -- the JWS typ: cites-permit+json, cites-refusal+json
    cms                bytea        not null,      -- DER CMS SignedData, detached
    signer_role        varchar(20)  not null,      -- OFFICER or AUTHORITY
    signer_name        text         not null,      -- CN (an officer) or O (the organisation)
    signer_iin         varchar(12),
    signer_bin         varchar(12),
    certificate_serial varchar(64)  not null,      -- hex
    signed_at          timestamptz  not null,
    unique (application_id, document_type)
);

-- The JWK keys of before: no private key stays in a table. Their public halves remain published
-- (GET /api/v1/public/keys), so documents signed with them stay verifiable; none signs again.
update signing_key
   set jwk = (jwk::jsonb - 'd')::text,
       active = false,
       retired_at = coalesce(retired_at, now());

comment on column signing_key.jwk is 'public JWK only (the private member was removed in V6)';
