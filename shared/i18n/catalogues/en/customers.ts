export const customers = {
};
