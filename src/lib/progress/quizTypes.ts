/** The item types of the content model, as plain data the browser can check backups against. */
export const QUIZ_TYPES = ['single', 'multiple', 'truefalse', 'ordering', 'matching', 'short', 'scenario'] as const;
