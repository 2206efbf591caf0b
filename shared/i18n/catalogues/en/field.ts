export const field = {
};
