export const portalSettings = {
};
