/**
 * Frequently used passwords of at least ten characters (shorter ones already fail the
 * length rule), from public breach frequency lists, lower-cased.
 */
export const commonPasswords: ReadonlySet<string> = new Set([
  '1234567890', '0987654321', '1234512345', '1122334455', '1111111111', '0000000000', '1231231231',
  '12345678910', '123456789a', 'a123456789', '123456789q', 'q123456789', '1234567890q', '123123123123',
  '1q2w3e4r5t', '1q2w3e4r5t6y', '1qaz2wsx3edc', 'zaq12wsxcde', 'qazwsxedcrfv', 'zaq1zaq1zaq1', '123qweasdzxc',
  'qwertyuiop', 'qwertyuiop123', 'qwerty1234', 'qwerty12345', 'qwerty123456', 'asdfghjkl;', 'asdfghjkl1',
  'zxcvbnm123', 'zxcvbnmasd', 'abcdefghij', 'abc1234567', 'abcd123456', 'aaaaaaaaaa', 'password12',
  'password123', 'password1234', 'password12345', 'password1!', 'password!1', 'passw0rd123', 'p@ssw0rd123',
  'p@ssword123', 'mypassword', 'mypassword1', 'passwordpassword', 'welcome123', 'welcome1234', 'welcome2024',
  'welcome2025', 'welcome2026', 'letmein123', 'letmein1234', 'changeme123', 'changeme1234', 'administrator',
  'admin12345', 'admin123456', 'iloveyou12', 'iloveyou123', 'iloveyou1234', 'princess12', 'princess123',
  'sunshine12', 'sunshine123', 'baseball12', 'baseball123', 'football12', 'football123', 'basketball',
  'basketball1', 'starwars12', 'starwars123', 'superman12', 'superman123', 'michael123', 'jordan2323',
  'monkey1234', 'dragon1234', 'master1234', 'shadow1234', 'trustno1234', 'computer12', 'computer123',
  'internet12', 'whatever12', 'whatever123', 'charlie123', 'chocolate1', 'butterfly1', 'liverpool1',
  'liverpool123', 'chelsea123', 'arsenal123', 'spiderman1', 'pokemon123', 'samsung123', 'qwer123456',
  'summer2024', 'summer2025', 'summer2026', 'winter2024', 'winter2025', 'winter2026', 'spring2025',
  'spring2026', 'autumn2025', 'autumn2026', 'november2026', 'december2026', 'january2026', 'cleaning123',
  'cleaning2026', 'janitorial', 'housekeeping', 'company123', 'office1234', 'letmeinnow', 'secret1234',
  'security123', 'test123456', 'testtest123', 'testing123', 'default123', 'guest12345', 'user123456',
  'login12345', 'hello12345', 'hello123456', 'helloworld', 'helloworld1', 'loveyou123', 'flower1234',
]);
