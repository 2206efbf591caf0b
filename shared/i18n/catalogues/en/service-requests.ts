export const serviceRequests = {
};
