-- Exporting the customer list (every subscriber's name, mobile and address)
-- becomes a permission of its own, customers.export, instead of coming with
-- customers.view: under the Data Privacy Act of 2012 a technician who looks
-- up one customer needs no copy of them all. Roles that could already change
-- customers keep exporting them; every other role loses it until an owner
-- grants it in Settings > Roles. Each changed role gets an audit row saying why.
-- roles and audit_log force row-level security on their owner too; a migration
-- role that is not a superuser would see no row, so this one statement lifts it
-- and puts it back.
DO $$
BEGIN
  ALTER TABLE roles NO FORCE ROW LEVEL SECURITY;
  ALTER TABLE audit_log NO FORCE ROW LEVEL SECURITY;
  WITH granted AS (
    UPDATE roles SET permissions = array_append(permissions, 'customers.export'), updated_at = now()
    WHERE 'customers.edit' = ANY (permissions) AND NOT 'customers.export' = ANY (permissions)
    RETURNING tenant_id, id, name
  )
  INSERT INTO audit_log (tenant_id, user_id, action, entity_type, entity_id, changes, user_agent)
  SELECT tenant_id, NULL, 'role.update', 'role', id::text,
    jsonb_build_object('after', jsonb_build_object('name', name, 'added', jsonb_build_array('customers.export'),
      'why', 'Exporting customers became a permission of its own; roles that add and edit customers keep it.')),
    'fiberbill-migration'
  FROM granted;
  ALTER TABLE roles FORCE ROW LEVEL SECURITY;
  ALTER TABLE audit_log FORCE ROW LEVEL SECURITY;
END
$$;
