/**
 * The database name every page opens. Its own module, so that the quiz can ask whether this device
 * has progress without loading the schema and its migrations before the learner's first answer.
 */
export const DB_NAME = 'civitas-progress';
