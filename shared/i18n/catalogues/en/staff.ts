export const staff = {
};
