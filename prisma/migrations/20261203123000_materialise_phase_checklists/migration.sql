-- A page read no longer materialises the checklist template of the current phase (reads
-- never write): the template is written when a partnership enters a phase. Partnerships
-- whose current phase was never viewed get their template rows here, once. Same rows as
-- lib/partnerships/checklist/ensure-phase-checklist.ts, and the unique key makes it a no-op
-- for those already there. (No semicolon in these comments: the engine splits on it.)
INSERT INTO "ChecklistItem" ("id", "partnershipId", "phase", "templateKey", "position")
SELECT replace(gen_random_uuid()::text, '-', ''), p."id", p."phase", t.key, t.position
FROM "Partnership" p
JOIN (VALUES
  ('PLANNING', 'goal', 0),
  ('PLANNING', 'contacts', 1),
  ('PLANNING', 'resources', 2),
  ('PLANNING', 'risks', 3),
  ('NEGOTIATION', 'contributions', 0),
  ('NEGOTIATION', 'expectations', 1),
  ('NEGOTIATION', 'roles', 2),
  ('NEGOTIATION', 'indicators-draft', 3),
  ('AGREEMENT', 'draft', 0),
  ('AGREEMENT', 'communication-rules', 1),
  ('AGREEMENT', 'data-protection', 2),
  ('AGREEMENT', 'signatures', 3),
  ('MANAGEMENT', 'plan', 0),
  ('MANAGEMENT', 'kickoff', 1),
  ('MANAGEMENT', 'log-contributions', 2),
  ('COMMUNICATION', 'plan', 0),
  ('COMMUNICATION', 'story', 1),
  ('COMMUNICATION', 'approval', 2),
  ('MONITORING', 'measurements', 0),
  ('MONITORING', 'check-in', 1),
  ('MONITORING', 'final-evaluations', 2),
  ('MONITORING', 'report', 3)
) AS t(phase, key, position) ON p."phase"::text = t.phase
ON CONFLICT ("partnershipId", "phase", "templateKey") DO NOTHING;
