-- Tells listeners (system-apis long-polls of the inventory change feed) that movements were written.
-- One NOTIFY per statement, delivered at commit, and PostgreSQL folds equal notifications of one
-- transaction into one: a batch of reservations notifies once, not once per movement. The body is
-- an E-string with its semicolons escaped, as Prisma splits a migration at every semicolon.
CREATE FUNCTION "crossdock_inventory_moved"() RETURNS trigger
LANGUAGE plpgsql
AS E'
BEGIN
  PERFORM pg_notify(''crossdock_inventory_moved'', '''')\073
  RETURN NULL\073
END
';

CREATE TRIGGER "InventoryMovement_notify" AFTER INSERT ON "InventoryMovement"
  FOR EACH STATEMENT EXECUTE FUNCTION "crossdock_inventory_moved"();
