-- Customer search through the trigram index. Under row-level security the
-- planner may not use a condition that is not LEAKPROOF (LIKE is not) as an
-- index condition below the policy, so `search_text LIKE '%vill%'` became a
-- filter over every customer of the tenant. This function runs as its owner,
-- which bypasses row-level security when it is a superuser or has BYPASSRLS
-- (PGlite, a self-hosted server, most managed ones), so the LIKE and the
-- tenant meet in one index condition. It is narrow on purpose:
--   * the tenant comes from the caller's app.tenant_id; no setting, no rows;
--   * it takes words and returns ids only, never customer data;
--   * the caller's query joins the ids to `customers` under row-level
--     security, so even a faulty function cannot show another tenant's rows.
-- If the owner does not bypass row-level security, the policy still applies
-- inside: the answer is the same, only slower.
CREATE FUNCTION fiberbill_customer_search_ids(p_words text[])
RETURNS SETOF uuid
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp ROWS 200 AS $$
DECLARE
  v_tenant uuid := nullif(current_setting('app.tenant_id', true), '')::uuid;
  v_patterns text[];
  v_sql text := 'SELECT c.id FROM customers c WHERE c.tenant_id = $1';
BEGIN
  IF v_tenant IS NULL THEN
    RETURN;
  END IF;
  -- Each word matches anywhere in the search text (LIKE's wildcards escaped);
  -- at most five words, as the list sends.
  SELECT array_agg('%' || replace(replace(replace(word, '\', '\\'), '%', '\%'), '_', '\_') || '%')
    INTO v_patterns
    FROM (SELECT lower(btrim(w)) AS word FROM unnest(p_words[1:5]) AS w) AS words
    WHERE word <> '';
  IF v_patterns IS NULL THEN
    RETURN;
  END IF;
  -- One LIKE per word, each an index condition of the (tenant_id, search_text)
  -- trigram index. Only numbered parameters are spliced in; values are bound.
  FOR i IN 1 .. cardinality(v_patterns) LOOP
    v_sql := v_sql || format(' AND c.search_text LIKE $2[%s]', i);
  END LOOP;
  RETURN QUERY EXECUTE v_sql USING v_tenant, v_patterns;
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION fiberbill_customer_search_ids(text[]) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION fiberbill_customer_search_ids(text[]) TO fiberbill_app;
