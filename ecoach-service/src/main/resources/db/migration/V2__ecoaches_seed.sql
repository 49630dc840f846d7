-- A fresh suite works out of the box: three e-coaches with fixed ids (deploy/local and demos use them).
-- The weekly voorlichtingen are kept planned by due work (VoorlichtingPlanner), not seeded here.
INSERT INTO ecoach (id, naam) VALUES
    ('e0000000-0000-4000-8000-000000000001', 'E-coach Noord'),
    ('e0000000-0000-4000-8000-000000000002', 'E-coach Oost'),
    ('e0000000-0000-4000-8000-000000000003', 'E-coach Zuid');
