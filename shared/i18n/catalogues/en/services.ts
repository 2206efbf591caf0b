export const services = {
};
