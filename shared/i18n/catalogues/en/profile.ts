export const profile = {
};
