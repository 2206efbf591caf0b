export const portal = {
};
