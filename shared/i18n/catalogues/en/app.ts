export const app = {
  skipLink: 'Skip to main content',
};
