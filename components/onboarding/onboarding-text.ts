/** Every word of the onboarding page, in one place so it can be translated. */
export const onboardingText = {
  title: 'Welcome',
  intro: 'Parallax gives you source context while you read the news.',
  points: [
    'On a news article it highlights framing phrases (labels, moral verdicts, euphemisms, loaded verbs) and offers a neutral wording.',
    'It keeps the articles you read in a library on this device and shows other outlets’ accounts of the same event.',
    'Click the Parallax button in the toolbar on any article to read it now. Below, choose whether it should also read articles by itself.',
  ],
  privateHeading: 'Nothing leaves your machine',
  private:
    'There is no account, no telemetry and no server. Your library and settings stay in this browser. You can change this choice at any time in the settings.',
  settingsLink: 'Open the settings (opens in a new tab)',
};
