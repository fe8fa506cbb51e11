-- Placeholder so this branch's migrations stay numbered 1..n: the integrator's own 0017
-- replaces this file when the branches meet (it changes nothing).
SELECT 1;
