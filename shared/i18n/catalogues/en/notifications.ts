export const notifications = {
};
