export const supplies = {
};
