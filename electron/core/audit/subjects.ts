/**
 * Every record a staff member's history is made of, as (entity, entity_id) pairs the trail's
 * index on (entity, entity_id) answers directly: their own record, their enrolments, their
 * pairings (as mentor or mentee) and each pairing's goals, milestones, progress, meetings and
 * evaluation responses, the sign-offs they received or gave, their training completions, the
 * do-not-pair entries naming them, the evaluations they answered, their self-identified data
 * (consent), the readiness ratings they received or gave, and the circles they belong to with
 * the circles' shared meetings and goals.
 *
 * Milestones, progress entries and meetings can be removed; their removal event still says
 * which goal or pairing they belonged to, so their events are found too.
 *
 * A common table expression with one parameter, `@staffId`: put it before the query that uses
 * `person_subjects`.
 */
export const PERSON_SUBJECTS = `
WITH
  person_enrolments(id) AS (SELECT id FROM enrolments WHERE staff_id = @staffId),
  person_pairings(id) AS (
    SELECT id FROM pairings
    WHERE mentor_enrolment_id IN person_enrolments OR mentee_enrolment_id IN person_enrolments
  ),
  person_goals(id) AS (SELECT id FROM goals WHERE pairing_id IN person_pairings),
  person_circles(id) AS (
    SELECT circle_id FROM pairings WHERE id IN person_pairings AND circle_id IS NOT NULL
    UNION SELECT circle_id FROM circle_mentors WHERE mentor_enrolment_id IN person_enrolments
  ),
  person_subjects(entity, entity_id) AS (
    -- Numbers are bound as reals: '62', not '62.0', is the staff member's entity_id.
    SELECT 'staff', CAST(CAST(@staffId AS INTEGER) AS TEXT)
    UNION ALL SELECT 'enrolment', CAST(id AS TEXT) FROM person_enrolments
    UNION ALL SELECT 'pairing', CAST(id AS TEXT) FROM person_pairings
    UNION ALL SELECT 'goal', CAST(id AS TEXT) FROM person_goals
    UNION ALL SELECT 'goal_milestone', CAST(id AS TEXT) FROM goal_milestones
      WHERE goal_id IN person_goals
    UNION ALL SELECT 'goal_progress', CAST(id AS TEXT) FROM goal_progress
      WHERE goal_id IN person_goals
    UNION ALL SELECT 'meeting', CAST(id AS TEXT) FROM meetings
      WHERE pairing_id IN person_pairings
    UNION ALL SELECT 'competency_sign_off', CAST(id AS TEXT) FROM competency_sign_offs
      WHERE staff_id = @staffId OR validator_id = @staffId
    UNION ALL SELECT 'training_completion', CAST(id AS TEXT) FROM training_completions
      WHERE staff_id = @staffId
    UNION ALL SELECT 'do_not_pair', CAST(id AS TEXT) FROM do_not_pair
      WHERE staff_a = @staffId OR staff_b = @staffId
    -- Self-identified data is recorded under the person's own id, kept or withdrawn.
    UNION ALL SELECT 'staff_demographics', CAST(CAST(@staffId AS INTEGER) AS TEXT)
    UNION ALL SELECT 'succession_rating', CAST(id AS TEXT) FROM succession_ratings
      WHERE staff_id = @staffId OR rater_id = @staffId
    UNION ALL SELECT 'circle', CAST(id AS TEXT) FROM person_circles
    UNION ALL SELECT 'circle_meeting', CAST(id AS TEXT) FROM circle_meetings
      WHERE circle_id IN person_circles
    UNION ALL SELECT 'circle_goal', CAST(id AS TEXT) FROM circle_goals
      WHERE circle_id IN person_circles
    UNION ALL SELECT 'evaluation_response', CAST(id AS TEXT) FROM evaluation_responses
      WHERE pairing_id IN person_pairings OR respondent_staff_id = @staffId
    UNION ALL SELECT entity, entity_id FROM audit_events
      WHERE entity IN ('goal_milestone', 'goal_progress') AND action = 'delete'
        AND json_extract(before_json, '$.goalId') IN person_goals
    UNION ALL SELECT entity, entity_id FROM audit_events
      WHERE entity = 'meeting' AND action = 'remove'
        AND json_extract(before_json, '$.pairingId') IN person_pairings
  )`;

/** The condition on audit_events that keeps the events of PERSON_SUBJECTS. */
export const ABOUT_PERSON =
  '(entity, entity_id) IN (SELECT entity, entity_id FROM person_subjects)';
