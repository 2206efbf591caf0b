export const outbox = {
};
