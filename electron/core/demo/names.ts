/** Generated names for the demo facility: varied, and nobody real. */
export const FIRST_NAMES = [
  'Aisha', 'Alejandro', 'Amara', 'Andrea', 'Anh', 'Ben', 'Bianca', 'Carlos', 'Chen', 'Chioma',
  'Claire', 'Daniel', 'Deepa', 'Diego', 'Elena', 'Emeka', 'Emma', 'Fatima', 'Felipe', 'Grace',
  'Hana', 'Hassan', 'Isabel', 'Ivan', 'Jamal', 'Jasmine', 'Javier', 'Jin', 'Joseph', 'Julia',
  'Kavya', 'Kenji', 'Kofi', 'Laura', 'Leila', 'Liam', 'Lucía', 'Mai', 'Marcus', 'María',
  'Mateo', 'Mei', 'Mohammed', 'Nadia', 'Naomi', 'Nia', 'Noah', 'Olivia', 'Omar', 'Priya',
  'Rafael', 'Ravi', 'Rosa', 'Ryan', 'Samira', 'Sarah', 'Siobhan', 'Sofia', 'Tariq', 'Thomas',
  'Tomás', 'Uma', 'Valentina', 'Wei', 'Yara', 'Yusuf', 'Zainab', 'Zoë',
] as const;

export const LAST_NAMES = [
  'Abara', 'Adeyemi', 'Ahmed', 'Alvarez', 'Andersen', 'Bauer', 'Becker', 'Brennan', 'Campbell',
  'Castillo', 'Chen', 'Cohen', 'Costa', 'Das', 'Delgado', 'Dubois', 'Eriksen', 'Fernández',
  'Fischer', 'García', 'Gonzales', 'Gupta', 'Haddad', 'Hansen', 'Hernández', 'Huang', 'Ibrahim',
  'Jackson', 'Johansson', 'Kaur', 'Kim', 'Kowalski', 'Kumar', 'Lee', 'Lopez', 'Martin',
  'Mensah', 'Morales', 'Murphy', 'Nakamura', 'Nguyen', 'Novak', "O'Brien", 'Okafor', 'Olsen',
  'Park', 'Patel', 'Pereira', 'Petrov', 'Ramírez', 'Reyes', 'Rossi', 'Santos', 'Schmidt',
  'Silva', 'Singh', 'Sokolov', 'Tanaka', 'Torres', 'Tran', 'Walker', 'Wang', 'Williams',
  'Wójcik', 'Yamamoto', 'Zhang',
] as const;

export const EXTRA_LANGUAGES = [
  { language: 'Spanish', share: 0.16 },
  { language: 'Tagalog', share: 0.05 },
  { language: 'French', share: 0.04 },
  { language: 'Vietnamese', share: 0.03 },
  { language: 'Mandarin', share: 0.03 },
  { language: 'Arabic', share: 0.02 },
  { language: 'American Sign Language', share: 0.01 },
] as const;

export const INTERESTS = [
  'wound care', 'IV therapy', 'patient education', 'quality improvement', 'infection prevention',
  'evidence-based practice', 'simulation', 'leadership', 'palliative care', 'cardiac monitoring',
  'neonatal care', 'stroke care', 'EHR charting', 'preceptoring', 'research', 'wellbeing',
] as const;

export const CAREER_GOALS = [
  'Become a charge nurse within two years',
  'Specialise in critical care',
  'Move into nursing education',
  'Prepare for a unit manager role',
  'Earn a specialty certification',
  'Lead a quality-improvement project',
  'Mentor new graduates',
] as const;
