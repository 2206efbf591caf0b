export const emails = {
};
