export const locations = {
};
