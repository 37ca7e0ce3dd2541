-- Multiplies the published demo content of a bench database (npm run bench:scale), in SQL:
-- through Payload's API, 10,000 articles take many minutes; copied here, seconds.
-- bench_copy(collection, copies) copies every published row of the collection `copies`
-- times (slug "<slug>-<n>", title or name "<title> <n>", published one hour earlier per
-- copy), with its array rows, hasMany rows and relations, and its search-index row.

CREATE OR REPLACE FUNCTION bench_columns(tbl text, skip text[]) RETURNS text[] LANGUAGE sql AS $$
  SELECT coalesce(array_agg(column_name::text ORDER BY ordinal_position), '{}')
  FROM information_schema.columns
  WHERE table_schema = 'public' AND table_name = tbl AND is_generated = 'NEVER' AND column_name <> ALL (skip)
$$;

CREATE OR REPLACE FUNCTION bench_copy(collection text, copies int) RETURNS int LANGUAGE plpgsql AS $$
DECLARE
  cols text[];
  selects text;
  child record;
  relation text := collection || '_id';
  added int;
BEGIN
  EXECUTE format('CREATE TEMP TABLE copy_map ON COMMIT DROP AS
      SELECT t.id AS old_id, n, nextval(pg_get_serial_sequence(%L, ''id''))::int AS new_id
      FROM %I t, generate_series(1, %s) n WHERE t._status = ''published''', collection, collection, copies);
  GET DIAGNOSTICS added = ROW_COUNT;

  cols := bench_columns(collection, ARRAY['id']);
  SELECT string_agg(CASE
      WHEN c = 'slug' THEN 't.slug || ''-'' || m.n'
      WHEN c IN ('title', 'name') THEN format('t.%I || '' '' || m.n', c)
      WHEN c = 'published_at' THEN 't.published_at - m.n * interval ''1 hour'''
      ELSE format('t.%I', c) END, ', ')
    INTO selects FROM unnest(cols) c;
  EXECUTE format('INSERT INTO %I (id, %s) SELECT m.new_id, %s FROM copy_map m JOIN %I t ON t.id = m.old_id',
    collection, (SELECT string_agg(format('%I', c), ', ') FROM unnest(cols) c), selects, collection);

  -- Array fields (_parent_id, string ids) and hasMany selects and relations (parent_id).
  FOR child IN
    SELECT table_name::text AS tbl, column_name::text AS parent FROM information_schema.columns
    WHERE table_schema = 'public' AND table_name LIKE collection || '\_%' AND column_name IN ('_parent_id', 'parent_id')
  LOOP
    IF child.parent = '_parent_id' THEN
      cols := bench_columns(child.tbl, ARRAY['id', '_parent_id']);
      EXECUTE format('INSERT INTO %I (id, _parent_id, %s) SELECT c.id || ''-'' || m.n, m.new_id, %s FROM copy_map m JOIN %I c ON c._parent_id = m.old_id',
        child.tbl, (SELECT string_agg(format('%I', x), ', ') FROM unnest(cols) x), (SELECT string_agg(format('c.%I', x), ', ') FROM unnest(cols) x), child.tbl);
    ELSE
      cols := bench_columns(child.tbl, ARRAY['id', 'parent_id']);
      EXECUTE format('INSERT INTO %I (parent_id, %s) SELECT m.new_id, %s FROM copy_map m JOIN %I c ON c.parent_id = m.old_id',
        child.tbl, (SELECT string_agg(format('%I', x), ', ') FROM unnest(cols) x), (SELECT string_agg(format('c.%I', x), ', ') FROM unnest(cols) x), child.tbl);
    END IF;
  END LOOP;

  -- The search index: one row per copy, pointing at it.
  CREATE TEMP TABLE search_map ON COMMIT DROP AS
    SELECT s.id AS old_id, m.n, m.new_id AS doc_id, nextval(pg_get_serial_sequence('search', 'id'))::int AS new_id
    FROM copy_map m JOIN search_rels r ON r.path = 'doc' AND r.parent_id IS NOT NULL
    JOIN search s ON s.id = r.parent_id
    WHERE (to_jsonb(r) ->> relation)::int = m.old_id;
  cols := bench_columns('search', ARRAY['id', 'title', 'slug']);
  EXECUTE format('INSERT INTO search (id, title, slug, %s) SELECT sm.new_id, s.title || '' '' || sm.n, s.slug || ''-'' || sm.n, %s FROM search_map sm JOIN search s ON s.id = sm.old_id',
    (SELECT string_agg(format('%I', x), ', ') FROM unnest(cols) x), (SELECT string_agg(format('s.%I', x), ', ') FROM unnest(cols) x));
  EXECUTE format('INSERT INTO search_rels ("order", parent_id, path, %I) SELECT r."order", sm.new_id, r.path, sm.doc_id FROM search_map sm JOIN search_rels r ON r.parent_id = sm.old_id AND r.path = ''doc''', relation);
  DROP TABLE copy_map;
  DROP TABLE search_map;
  RETURN added;
END $$;
