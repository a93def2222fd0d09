INSERT INTO probe (id, note) VALUES (1, 'migrated');
