export const dashboard = {
};
