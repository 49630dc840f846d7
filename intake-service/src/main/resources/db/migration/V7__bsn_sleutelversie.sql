-- BSN key rotation (klant/BsnSleutelring): each row's key version, read from its ciphertext's prefix
-- "v<versie>:"; a ciphertext without prefix (the format before key versions) is version 1. Generated,
-- so it can never disagree with the ciphertext; indexed for the re-encryption's batches and its
-- progress (count per version). The ciphertext and the HMAC of a row are always on the same version.
-- Existing rows keep their ciphertext and HMAC unchanged: they read as version 1.
ALTER TABLE klant ADD COLUMN bsn_sleutelversie integer NOT NULL GENERATED ALWAYS AS (
    CASE WHEN bsn_versleuteld ~ '^v[1-9][0-9]{0,5}:'
         THEN substring(bsn_versleuteld FROM '^v([1-9][0-9]{0,5}):')::integer
         ELSE 1 END) STORED;

CREATE INDEX klant_bsn_sleutelversie ON klant (bsn_sleutelversie);
