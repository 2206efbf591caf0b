// Without zod, so a rating form draws its faces before its schema loads.

/** The five-step scale (JM), 1 to 5, from Extremely Dissatisfied to Extremely Satisfied; each reader sees the words in their language. */
export const feedbackRatings = [{ value: 1 }, { value: 2 }, { value: 3 }, { value: 4 }, { value: 5 }] as const;
