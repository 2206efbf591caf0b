export const staffKeys = {
  list: ['office', 'staff'] as const,
  ownProfile: ['office', 'own-profile'] as const,
};
