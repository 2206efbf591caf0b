export const feedback = {
};
