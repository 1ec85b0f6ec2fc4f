// The home page's requests go out first (see first-screen.ts); the app's code, antd and its
// stylesheet, which take longer to load than the host takes to answer, load meanwhile.
import './state/first-screen';

void import('./boot');
