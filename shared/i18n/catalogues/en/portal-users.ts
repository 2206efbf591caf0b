export const portalUsers = {
};
