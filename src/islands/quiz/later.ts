// Parts of the quiz that are needed only once the learner has answered (or has progress to show),
// loaded with the progress store so they stay out of the first script a lesson page fetches.
export { ProfileSwitcher } from '../ProfileSwitcher.tsx';
export { QuizResult } from './QuizResult.tsx';
